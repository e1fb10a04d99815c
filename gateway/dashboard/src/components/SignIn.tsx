/**
 * Sign-in by API key. The key is checked with `GET /api/v1/keys/me` (sent as a Bearer header), then
 * kept in sessionStorage. The form never submits itself: a key must not end up in a URL.
 */
import { createDatasetPipelineClient, unwrap, type WhoAmI } from "@client";
import { useState, type FormEvent } from "react";

import { BASE_URL } from "../lib/api";
import { setKey } from "../lib/session";
import { ErrorBanner } from "./feedback";
import { Button } from "./ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "./ui/card";
import { Input, Label } from "./ui/input";

export function SignIn({ onSignedIn, reason }: { onSignedIn?: (me: WhoAmI) => void; reason?: string | null }) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = value.trim();
    if (!candidate) {
      setError({ type: "urn:dataset-pipeline:problem:missing_key", title: "Enter an API key", status: 400,
        detail: "Paste the key you were given (the admin key of a local stack is in .local/admin-api-key)." });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const client = createDatasetPipelineClient({ baseUrl: BASE_URL, apiKey: candidate, fetch: (r) => fetch(r) });
      const me = await unwrap(client.GET("/api/v1/keys/me"));
      setKey(candidate);
      setValue("");
      onSignedIn?.(me);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>
            <span className="text-xl">Dataset Pipeline</span>
          </CardTitle>
          <CardDescription>Sign in with your API key. It stays in this browser tab only (session storage).</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={submit} className="flex flex-col gap-3" data-testid="sign-in-form" autoComplete="off" noValidate>
            {reason && <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="sign-in-reason">{reason}</p>}
            <div className="flex flex-col gap-1">
              <Label htmlFor="api-key">API key</Label>
              <Input id="api-key" name="api-key" type="password" value={value} autoFocus spellCheck={false}
                onChange={(e) => setValue(e.target.value)} data-testid="sign-in-key" placeholder="dp_…" />
            </div>
            <ErrorBanner error={error} />
            <Button type="submit" disabled={busy} data-testid="sign-in-submit">{busy ? "Checking…" : "Sign in"}</Button>
          </form>
        </CardContent>
      </Card>
    </main>
  );
}
