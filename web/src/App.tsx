import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { authApi, type Me, SIGNED_OUT_EVENT, setCsrfToken } from './api.ts';
import { CaseList } from './pages/CaseList.tsx';
import { Caseload } from './pages/Caseload.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { SignIn } from './pages/SignIn.tsx';

// The monitoring pages (and Leaflet) load when first opened.
const AlertQueue = lazy(() => import('./pages/AlertQueue.tsx').then((m) => ({ default: m.AlertQueue })));
const PersonPage = lazy(() => import('./pages/PersonPage.tsx').then((m) => ({ default: m.PersonPage })));
const MetricsPage = lazy(() => import('./pages/MetricsPage.tsx').then((m) => ({ default: m.MetricsPage })));

/** The roles the server's `monitoring.metrics` policy admits (src/server/auth/policy.ts). */
const METRICS_ROLES = new Set(['officer', 'supervisor', 'admin']);

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // On a narrow screen the navigation folds into a menu; it closes again when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  const [location] = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes the menu on every change of page
  useEffect(() => setMenuOpen(false), [location]);
  const refresh = useCallback(() => {
    authApi.me().then(
      (m) => {
        setCsrfToken(m.csrfToken);
        setMe(m);
      },
      (e: Error) => setFailed(e.message),
    );
  }, []);
  useEffect(() => {
    refresh();
    // A 401 anywhere (the session locked after 30 minutes idle, or ended): back to the sign-in page.
    window.addEventListener(SIGNED_OUT_EVENT, refresh);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, refresh);
  }, [refresh]);

  if (failed) return <p className="error-box">The server did not answer: {failed}</p>;
  if (!me) return <p className="muted">Loading…</p>;
  const demoBanner = me.demo && (
    <div className="demo-banner" data-testid="demo-banner">
      Demo mode: fictional data, demo accounts with known passwords and no second factor. Not for real cases.
    </div>
  );
  if (!me.signedIn || !me.account)
    return (
      <div className="shell">
        {demoBanner}
        <header className="topbar">
          <span className="brand">pretrial</span>
        </header>
        <main>
          <SignIn me={me} onDone={refresh} />
        </main>
      </div>
    );
  const account = me.account;
  const signOut = () => {
    authApi.logout().finally(() => {
      setCsrfToken(null);
      refresh();
    });
  };
  return (
    <div className="shell">
      {demoBanner}
      <header className={menuOpen ? 'topbar open' : 'topbar'}>
        <Link href="/" className="brand">
          pretrial
        </Link>
        <button
          type="button"
          className="menu-toggle secondary"
          aria-expanded={menuOpen}
          aria-controls="topbar-menu"
          onClick={() => setMenuOpen((o) => !o)}
        >
          Menu
        </button>
        <div className="topbar-menu" id="topbar-menu">
          <nav>
            <Link href="/">Caseload</Link>
            <Link href="/cases">Cases</Link>
            <Link href="/import">Import a docket</Link>
            <Link href="/monitoring">Monitoring</Link>
            {account.roles.some((r) => METRICS_ROLES.has(r.id)) && (
              <Link href="/monitoring/metrics">Metrics</Link>
            )}
            <a href="/api/docs" target="_blank" rel="noreferrer">
              API
            </a>
          </nav>
          <div className="who" data-testid="who">
            <span data-testid="who-name">{account.displayName}</span>{' '}
            <span className="muted" data-testid="who-role">
              {account.roles.map((r) => r.name).join(', ')}
            </span>{' '}
            <button type="button" className="link" onClick={signOut}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Switch>
            <Route path="/" component={Caseload} />
            <Route path="/cases" component={CaseList} />
            <Route path="/import" component={ImportPage} />
            <Route path="/cases/:id">{(params) => <CasePage id={params.id} />}</Route>
            <Route path="/monitoring" component={AlertQueue} />
            <Route path="/monitoring/metrics" component={MetricsPage} />
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
