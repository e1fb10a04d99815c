import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";

import { ErrorBanner, Loading } from "./components/feedback";
import { SignIn } from "./components/SignIn";
import { Badge } from "./components/ui/badge";
import { Button } from "./components/ui/button";
import { cn } from "./lib/cn";
import { useLiveProgress } from "./lib/live";
import { MeContext, useWhoAmI } from "./lib/me";
import { can } from "./lib/permissions";
import { Link, match, usePath } from "./lib/router";
import { clearKey, getKey, onKeyChange } from "./lib/session";
import { AnalyticsPage } from "./pages/Analytics";
import { DatasetDetailPage } from "./pages/DatasetDetail";
import { DatasetsPage } from "./pages/Datasets";
import { KeysPage } from "./pages/Keys";
import { PipelinePage } from "./pages/Pipeline";
import { ProductionPage } from "./pages/Production";
import { QualityPage } from "./pages/Quality";
import { QualityRunPage } from "./pages/QualityRun";

const NAV = [
  { to: "/pipeline", label: "Pipeline" },
  { to: "/datasets", label: "Datasets" },
  { to: "/quality", label: "Quality" },
  { to: "/analytics", label: "Analytics" },
  { to: "/production", label: "Production" },
  { to: "/keys", label: "API keys", admin: true },
] as const;

function route(path: string): ReactNode {
  let p: Record<string, string> | null;
  if (path === "/" || path === "/pipeline") return <PipelinePage />;
  if (path === "/datasets") return <DatasetsPage />;
  if ((p = match("/datasets/:id", path))) return <DatasetDetailPage datasetId={p.id!} />;
  if (path === "/quality") return <QualityPage />;
  if ((p = match("/quality/:runId", path))) return <QualityRunPage runId={p.runId!} />;
  if (path === "/analytics") return <AnalyticsPage />;
  if (path === "/production") return <ProductionPage />;
  if (path === "/keys") return <KeysPage />;
  return (
    <ErrorBanner error={{ type: "about:blank", title: "No such page", status: 404,
      detail: `Nothing lives at /dashboard${path}; pick a page from the menu.` }} />
  );
}

export function App() {
  const [key, setKeyState] = useState<string | null>(getKey);
  const [reason, setReason] = useState<string | null>(null);
  const qc = useQueryClient();
  useEffect(() => onKeyChange((next, why) => {
    if (!next) qc.clear();
    setReason(why);
    setKeyState(next);
  }), [qc]);
  const me = useWhoAmI(key);
  const live = useLiveProgress(!!key && !!me.data);
  const path = usePath();

  if (!key) return <SignIn reason={reason} />;
  if (me.isPending) return <Loading what="your key" />;
  if (me.error || !me.data) {
    return (
      <main className="mx-auto max-w-xl p-6">
        <ErrorBanner error={me.error} />
        <Button className="mt-3" variant="outline" onClick={() => clearKey()}>Sign in with another key</Button>
      </main>
    );
  }
  const section = "/" + (path.split("/")[1] ?? "");

  return (
    <MeContext.Provider value={me.data}>
      <div className="flex min-h-screen flex-col md:flex-row">
        <header className="border-b border-slate-200 bg-white md:w-56 md:shrink-0 md:border-b-0 md:border-r">
          <div className="flex items-center justify-between gap-2 p-3 md:flex-col md:items-start">
            <Link to="/pipeline" className="text-lg font-semibold">Dataset Pipeline</Link>
            <div className="flex items-center gap-2 text-xs text-slate-700" data-testid="whoami">
              <span className="max-w-32 truncate" title={me.data.name}>{me.data.name}</span>
              <Badge variant="info" data-testid="tier">{me.data.tier}</Badge>
            </div>
          </div>
          <nav aria-label="Pages" className="flex gap-1 overflow-x-auto px-2 pb-2 md:flex-col md:overflow-visible">
            {NAV.filter((n) => !("admin" in n) || can(me.data, "manageKeys")).map((n) => (
              <Link key={n.to} to={n.to} data-testid={`nav-${n.to.slice(1)}`}
                aria-current={section === n.to || (n.to === "/pipeline" && section === "/") ? "page" : undefined}
                className={cn("whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
                  "aria-[current=page]:bg-slate-900 aria-[current=page]:text-white")}>
                {n.label}
              </Link>
            ))}
          </nav>
          <div className="hidden p-3 text-xs text-slate-600 md:block">
            <p data-testid="live-state">Live progress: {live === "live" ? "connected" : live}</p>
            <Button variant="link" size="sm" onClick={() => clearKey()} data-testid="sign-out">Sign out</Button>
          </div>
        </header>
        <main className="min-w-0 flex-1 p-3 md:p-6">
          <div className="mb-2 flex justify-end md:hidden">
            <Button variant="link" size="sm" onClick={() => clearKey()}>Sign out</Button>
          </div>
          {route(path)}
        </main>
      </div>
    </MeContext.Provider>
  );
}
