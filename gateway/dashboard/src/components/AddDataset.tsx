/** Drag-and-drop upload with progress, and loading by URL, Hugging Face name or server path. */
import { unwrap, type Dataset, type LoadRequest } from "@client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type DragEvent, type FormEvent } from "react";

import { api } from "../lib/api";
import { cn } from "../lib/cn";
import { formatBytes } from "../lib/format";
import { useCan } from "../lib/me";
import { requiredScope } from "../lib/permissions";
import { uploadWithProgress, type UploadProgress } from "../lib/transfer";
import { ErrorBanner, NotAllowed } from "./feedback";
import { Button } from "./ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./ui/card";
import { Input, Label } from "./ui/input";
import { Progress } from "./ui/progress";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "./ui/tabs";

type Upload = { name: string; size: number; progress: UploadProgress; done?: Dataset; error?: unknown };

export function AddDataset({ onAdded }: { onAdded: (datasetId: string) => void }) {
  const allowed = useCan("upload");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Add a dataset</CardTitle>
        <CardDescription>JSON, JSONL, CSV, TSV (also .gz), Parquet, Arrow or a .zip of them.</CardDescription>
      </CardHeader>
      <CardContent>
        {allowed ? (
          <Tabs defaultValue="upload">
            <TabsList>
              <TabsTrigger value="upload">Upload</TabsTrigger>
              <TabsTrigger value="url">URL</TabsTrigger>
              <TabsTrigger value="hf">Hugging Face</TabsTrigger>
              <TabsTrigger value="path">Server path</TabsTrigger>
            </TabsList>
            <TabsContent value="upload"><DropZone onAdded={onAdded} /></TabsContent>
            <TabsContent value="url"><LoadForm kind="url" onAdded={onAdded} /></TabsContent>
            <TabsContent value="hf"><LoadForm kind="hf" onAdded={onAdded} /></TabsContent>
            <TabsContent value="path"><LoadForm kind="path" onAdded={onAdded} /></TabsContent>
          </Tabs>
        ) : (
          <NotAllowed scope={requiredScope("upload")}>Your key can look but not add datasets.</NotAllowed>
        )}
      </CardContent>
    </Card>
  );
}

function DropZone({ onAdded }: { onAdded: (datasetId: string) => void }) {
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [uploads, setUploads] = useState<Upload[]>([]);

  async function send(files: File[]) {
    const start = uploads.length;
    setUploads((u) => [...u, ...files.map((f) => ({ name: f.name, size: f.size, progress: { loaded: 0, total: f.size } }))]);
    // one after another: the bar shows one file's bytes at a time
    for (const [i, file] of files.entries()) {
      const at = start + i;
      const update = (patch: Partial<Upload>) => setUploads((u) => u.map((x, j) => (j === at ? { ...x, ...patch } : x)));
      try {
        const dataset = await uploadWithProgress(file, (progress) => update({ progress }));
        update({ done: dataset, progress: { loaded: file.size, total: file.size } });
        onAdded(dataset.dataset_id);
      } catch (error) {
        update({ error });
      }
    }
    void qc.invalidateQueries({ queryKey: ["datasets"] });
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) void send(files);
  }

  return (
    <div className="flex flex-col gap-3">
      <div
        role="button"
        tabIndex={0}
        data-testid="upload-dropzone"
        aria-label="Drop dataset files here, or press Enter to choose files"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.current?.click(); } }}
        className={cn("flex min-h-28 cursor-pointer flex-col items-center justify-center rounded-md border-2 border-dashed p-4 text-center text-sm",
          over ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-slate-50 hover:bg-slate-100")}
      >
        <p className="font-medium">Drop files here</p>
        <p className="text-slate-600">or click to choose them</p>
        <input ref={input} type="file" multiple className="hidden" data-testid="upload-input"
          onChange={(e) => { const f = Array.from(e.target.files ?? []); e.target.value = ""; if (f.length) void send(f); }} />
      </div>
      {uploads.map((u, i) => (
        <div key={i} className="flex flex-col gap-1" data-testid="upload-item">
          <div className="flex justify-between gap-2 text-xs">
            <span className="truncate font-medium">{u.name}</span>
            <span className="text-slate-600" data-testid="upload-state">
              {u.error ? "failed" : u.done ? `done (${u.done.status})` : `${formatBytes(u.progress.loaded)} of ${formatBytes(u.progress.total || u.size)}`}
            </span>
          </div>
          <Progress label={`Upload of ${u.name}`} data-testid="upload-progress"
            value={u.progress.total ? (100 * u.progress.loaded) / u.progress.total : null} />
          {u.error != null && <ErrorBanner error={u.error} />}
        </div>
      ))}
    </div>
  );
}

const LOAD_FIELDS = {
  url: { label: "URL", placeholder: "https://example.org/sessions.jsonl", help: "The gateway downloads it (http or https)." },
  hf: { label: "Hugging Face dataset name", placeholder: "owner/dataset", help: "Read from the local Hugging Face cache." },
  path: { label: "Path on the server", placeholder: "/data/sessions.jsonl", help: "A file the gateway can read, inside its allowed folders." },
} as const;

function LoadForm({ kind, onAdded }: { kind: keyof typeof LOAD_FIELDS; onAdded: (datasetId: string) => void }) {
  const qc = useQueryClient();
  const [value, setValue] = useState("");
  const [split, setSplit] = useState("");
  const [name, setName] = useState("");
  const field = LOAD_FIELDS[kind];
  const load = useMutation({
    mutationFn: (body: LoadRequest) => unwrap(api.POST("/api/v1/datasets/load", { body })),
    onSuccess: (dataset) => {
      onAdded(dataset.dataset_id);
      setValue("");
      void qc.invalidateQueries({ queryKey: ["datasets"] });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    const body: LoadRequest = { name: name.trim() || null };
    if (kind === "url") body.url = value.trim();
    if (kind === "path") body.path = value.trim();
    if (kind === "hf") { body.hf_name = value.trim(); body.hf_split = split.trim() || null; }
    load.mutate(body);
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" data-testid={`load-${kind}-form`}>
      <Label htmlFor={`load-${kind}`}>{field.label}</Label>
      <Input id={`load-${kind}`} value={value} onChange={(e) => setValue(e.target.value)} placeholder={field.placeholder} required />
      <p className="text-xs text-slate-600">{field.help}</p>
      {kind === "hf" && (
        <>
          <Label htmlFor="load-hf-split">Split (optional)</Label>
          <Input id="load-hf-split" value={split} onChange={(e) => setSplit(e.target.value)} placeholder="train" />
        </>
      )}
      <Label htmlFor={`load-${kind}-name`}>Display name (optional)</Label>
      <Input id={`load-${kind}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      <ErrorBanner error={load.error} />
      {load.data && <p className="text-sm text-green-800" role="status">Registered {load.data.name}: {load.data.status}.</p>}
      <Button type="submit" disabled={load.isPending || !value.trim()}>{load.isPending ? "Loading…" : "Load"}</Button>
    </form>
  );
}
