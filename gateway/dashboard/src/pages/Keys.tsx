/** API keys (admin): create, list, revoke. Other tiers are refused, as the API would. */
import { unwrap, type ApiKeyCreated } from "@client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";

import { EmptyState, ErrorBanner, Loading } from "../components/feedback";
import { Badge } from "../components/ui/badge";
import { Button } from "../components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../components/ui/card";
import { Input, Label, Select } from "../components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "../components/ui/table";
import { api } from "../lib/api";
import { formatDate } from "../lib/format";
import { useMe } from "../lib/me";
import { can, requiredScope } from "../lib/permissions";

export function KeysPage() {
  const me = useMe();
  if (!can(me, "manageKeys")) {
    return (
      <div className="flex flex-col gap-4" data-testid="page-keys">
        <h1 className="text-xl font-semibold">API keys</h1>
        <div data-testid="keys-refused">
          <ErrorBanner error={{ type: "urn:dataset-pipeline:problem:insufficient_scope", status: 403, title: "Insufficient scope",
            detail: `Managing keys needs the ${requiredScope("manageKeys")} scope, which a ${me?.tier ?? "viewer"} key does not have. Ask an admin.` }} />
        </div>
      </div>
    );
  }
  return <KeysAdmin />;
}

function KeysAdmin() {
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: ["keys"], queryFn: ({ signal }) => unwrap(api.GET("/api/v1/keys", { signal })) });
  const [name, setName] = useState("");
  const [tier, setTier] = useState<"viewer" | "editor" | "admin">("viewer");
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/keys", { body: { name: name.trim(), tier } })),
    onSuccess: (key) => {
      setCreated(key);
      setName("");
      void qc.invalidateQueries({ queryKey: ["keys"] });
    },
  });
  const revoke = useMutation({
    mutationFn: (keyId: string) => unwrap(api.DELETE("/api/v1/keys/{key_id}", { params: { path: { key_id: keyId } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["keys"] }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }
  const items = keys.data?.items ?? [];
  return (
    <div className="flex flex-col gap-4" data-testid="page-keys">
      <h1 className="text-xl font-semibold">API keys</h1>
      <Card>
        <CardHeader><CardTitle>Create a key</CardTitle><CardDescription>The secret is shown once, here; only its hash is stored.</CardDescription></CardHeader>
        <CardContent>
          <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid="key-create-form">
            <div className="flex flex-1 flex-col gap-1">
              <Label htmlFor="key-name">Who or what uses it</Label>
              <Input id="key-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} data-testid="key-name" />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor="key-tier">Tier</Label>
              <Select id="key-tier" value={tier} onChange={(e) => setTier(e.target.value as typeof tier)} data-testid="key-tier">
                <option value="viewer">viewer (read only)</option>
                <option value="editor">editor (runs, uploads, raw data)</option>
                <option value="admin">admin (also keys)</option>
              </Select>
            </div>
            <Button type="submit" disabled={create.isPending || !name.trim()} data-testid="key-create">Create</Button>
          </form>
          <ErrorBanner error={create.error} className="mt-3" />
          {created && (
            <div className="mt-3 rounded-md border border-green-200 bg-green-50 p-3 text-sm" data-testid="key-created">
              <p>Key for <strong>{created.name}</strong> ({created.tier}). Copy it now: it is not shown again.</p>
              <code className="mt-1 block break-all rounded bg-white p-2 font-mono text-xs" data-testid="key-secret">{created.api_key}</code>
              <Button size="sm" variant="outline" className="mt-2" onClick={() => setCreated(null)}>Done</Button>
            </div>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Keys</CardTitle></CardHeader>
        <CardContent>
          <ErrorBanner error={keys.error ?? revoke.error} />
          {keys.isPending && <Loading what="keys" />}
          {keys.isSuccess && items.length === 0 && <EmptyState title="No key yet">Create one above; the bootstrap admin key is not listed.</EmptyState>}
          {items.length > 0 && (
            <Table data-testid="keys-table">
              <THead><tr><TH>Name</TH><TH>Tier</TH><TH>Id</TH><TH>Created</TH><TH>State</TH><TH><span className="sr-only">Actions</span></TH></tr></THead>
              <TBody>
                {items.map((k) => (
                  <TR key={k.key_id} data-testid="key-row">
                    <TD className="font-medium">{k.name}</TD>
                    <TD><Badge>{k.tier}</Badge></TD>
                    <TD><code className="text-xs">{k.key_id}</code></TD>
                    <TD className="whitespace-nowrap">{formatDate(k.created_at)} by {k.created_by}</TD>
                    <TD>{k.revoked_at ? <Badge variant="danger">revoked {formatDate(k.revoked_at)}</Badge> : <Badge variant="success">active</Badge>}</TD>
                    <TD>
                      {!k.revoked_at && (
                        <Button size="sm" variant="outline" onClick={() => revoke.mutate(k.key_id)} disabled={revoke.isPending} data-testid="key-revoke">Revoke</Button>
                      )}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
