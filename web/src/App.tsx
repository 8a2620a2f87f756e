import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { CaseList } from './pages/CaseList.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';

// The monitoring pages (and Leaflet) load when first opened.
const AlertQueue = lazy(() => import('./pages/AlertQueue.tsx').then((m) => ({ default: m.AlertQueue })));
const PersonPage = lazy(() => import('./pages/PersonPage.tsx').then((m) => ({ default: m.PersonPage })));

export function App() {
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          pretrial
        </Link>
        <nav>
          <Link href="/">Cases</Link>
          <Link href="/import">Import a docket</Link>
          <Link href="/monitoring">Monitoring</Link>
          <a href="/api/docs" target="_blank" rel="noreferrer">
            API
          </a>
        </nav>
      </header>
      <main>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Switch>
            <Route path="/" component={CaseList} />
            <Route path="/import" component={ImportPage} />
            <Route path="/cases/:id">{(params) => <CasePage id={params.id} />}</Route>
            <Route path="/monitoring" component={AlertQueue} />
            <Route path="/monitoring/people/:personId">
              {(params) => <PersonPage personId={decodeURIComponent(params.personId)} />}
            </Route>
            <Route>
              <p className="empty">No such page.</p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </div>
  );
}
