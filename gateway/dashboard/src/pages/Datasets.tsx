/** The dataset browser: every dataset, merge several with a conflict policy, delete one. */
import { unwrap, type components } from "@client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { EmptyState, ErrorBanner, Loading, NotAllowed } from "../components/feedback";
import { useDatasets } from "../components/StartRun";
import { Badge, statusVariant } from "../components/ui/badge";
import { Button } from "../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../components/ui/card";
import { Dialog, DialogContent, DialogTrigger } from "../components/ui/dialog";
import { Input, Label, Select } from "../components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "../components/ui/table";
import { api } from "../lib/api";
import { formatBytes, formatCount, formatDate } from "../lib/format";
import { useCan } from "../lib/me";
import { requiredScope } from "../lib/permissions";
import { Link } from "../lib/router";

type DatasetInfo = components["schemas"]["DatasetInfo"];

export function DatasetsPage() {
  const datasets = useDatasets();
  const mayWrite = useCan("merge");
  const [picked, setPicked] = useState<string[]>([]);
  const items = datasets.data?.items ?? [];
  return (
    <div className="flex flex-col gap-4" data-testid="page-datasets">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Datasets</h1>
        {mayWrite ? <MergeDialog ids={picked} onMerged={() => setPicked([])} /> : null}
      </div>
      <Card>
        <CardHeader><CardTitle>{formatCount(items.length)} dataset{items.length === 1 ? "" : "s"}</CardTitle></CardHeader>
        <CardContent>
          <ErrorBanner error={datasets.error} />
          {datasets.isPending && <Loading what="datasets" />}
          {datasets.isSuccess && items.length === 0 && (
            <EmptyState title="No dataset yet" testId="datasets-empty">
              Upload a file or load one on the <Link to="/pipeline" className="text-blue-700 underline">Pipeline</Link> page.
            </EmptyState>
          )}
          {items.length > 0 && (
            <Table data-testid="datasets-table">
              <THead>
                <tr>
                  {mayWrite && <TH><span className="sr-only">Pick for merge</span></TH>}
                  <TH>Name</TH><TH>Source</TH><TH>Format</TH><TH>Size</TH><TH>Status</TH><TH>Records</TH><TH>Created</TH>
                  {mayWrite && <TH><span className="sr-only">Actions</span></TH>}
                </tr>
              </THead>
              <TBody>
                {items.map((d) => (
                  <TR key={d.dataset_id} data-testid="dataset-row" data-dataset-id={d.dataset_id}>
                    {mayWrite && (
                      <TD>
                        <input type="checkbox" aria-label={`Pick ${d.name} for a merge`} checked={picked.includes(d.dataset_id)}
                          onChange={(e) => setPicked(e.target.checked ? [...picked, d.dataset_id] : picked.filter((x) => x !== d.dataset_id))} />
                      </TD>
                    )}
                    <TD><Link to={`/datasets/${d.dataset_id}`} className="font-medium text-blue-700 hover:underline">{d.name}</Link></TD>
                    <TD>{d.source}</TD>
                    <TD>{d.format}</TD>
                    <TD className="whitespace-nowrap">{formatBytes(d.bytes)}</TD>
                    <TD><Badge variant={statusVariant(d.status)}>{d.status}</Badge>
                      {d.failure && <p className="mt-1 text-xs text-red-800">{d.failure.detail}</p>}</TD>
                    <TD className="tabular-nums">{formatCount(d.intake?.records)}</TD>
                    <TD className="whitespace-nowrap">{formatDate(d.created_at)}</TD>
                    {mayWrite && <TD><DeleteDataset dataset={d} /></TD>}
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          {!mayWrite && <div className="mt-3"><NotAllowed scope={requiredScope("merge")}>Merging and deleting are for editors.</NotAllowed></div>}
        </CardContent>
      </Card>
    </div>
  );
}

function MergeDialog({ ids, onMerged }: { ids: string[]; onMerged: () => void }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("merged");
  const [policy, setPolicy] = useState<"first" | "newest" | "highest_quality">("highest_quality");
  const merge = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/pipeline/merge", { body: { dataset_ids: ids, name, conflict_policy: policy } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["datasets"] });
      setOpen(false);
      onMerged();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    merge.mutate();
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button disabled={ids.length < 2} data-testid="merge-open" title={ids.length < 2 ? "Pick two datasets or more in the table" : undefined}>
          Merge {ids.length >= 2 ? `${ids.length} datasets` : "(pick two or more)"}
        </Button>
      </DialogTrigger>
      <DialogContent title="Merge datasets" description="A new dataset with every conversation of the ones you picked; duplicates are resolved by the policy.">
        <form onSubmit={submit} className="flex flex-col gap-3" data-testid="merge-form">
          <Label htmlFor="merge-name">Name</Label>
          <Input id="merge-name" value={name} onChange={(e) => setName(e.target.value)} required />
          <Label htmlFor="merge-policy">When two conversations are duplicates, keep</Label>
          <Select id="merge-policy" value={policy} onChange={(e) => setPolicy(e.target.value as typeof policy)}>
            <option value="highest_quality">the one with the highest quality score</option>
            <option value="newest">the one from the newest dataset</option>
            <option value="first">the one from the first dataset picked</option>
          </Select>
          <ErrorBanner error={merge.error} />
          <Button type="submit" disabled={merge.isPending}>{merge.isPending ? "Merging…" : "Merge"}</Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function DeleteDataset({ dataset }: { dataset: DatasetInfo }) {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/datasets/{dataset_id}", { params: { path: { dataset_id: dataset.dataset_id } } })),
    onSuccess: () => {
      setOpen(false);
      void qc.invalidateQueries({ queryKey: ["datasets"] });
    },
  });
  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); if (!o) remove.reset(); }}>
      <DialogTrigger asChild><Button size="sm" variant="ghost" data-testid="dataset-delete" aria-label={`Delete ${dataset.name}`}>Delete</Button></DialogTrigger>
      <DialogContent title={`Delete ${dataset.name}?`} description="Its record and the copy the gateway stored go; conversations of past runs stay.">
        <ErrorBanner error={remove.error} className="mb-3" />
        <div className="flex justify-end gap-2">
          <Button variant="outline" onClick={() => setOpen(false)}>Keep it</Button>
          <Button variant="destructive" onClick={() => remove.mutate()} disabled={remove.isPending} data-testid="dataset-delete-confirm">
            {remove.isPending ? "Deleting…" : "Delete"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
