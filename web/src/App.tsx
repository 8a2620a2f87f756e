import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { authApi, type Me, mayUse, SIGNED_OUT_EVENT, setCsrfToken, setGranted } from './api.ts';
import { CaseList } from './pages/CaseList.tsx';
import { Caseload } from './pages/Caseload.tsx';
import { CasePage } from './pages/CasePage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { SignIn } from './pages/SignIn.tsx';

// The monitoring pages (and Leaflet) load when first opened.
const AlertQueue = lazy(() => import('./pages/AlertQueue.tsx').then((m) => ({ default: m.AlertQueue })));
const PersonPage = lazy(() => import('./pages/PersonPage.tsx').then((m) => ({ default: m.PersonPage })));
const MetricsPage = lazy(() => import('./pages/MetricsPage.tsx').then((m) => ({ default: m.MetricsPage })));

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // On a narrow screen the navigation folds into a menu; it closes again when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  const [location, navigate] = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes the menu on every change of page
  useEffect(() => setMenuOpen(false), [location]);
  const refresh = useCallback(() => {
    authApi.me().then(
      (m) => {
        setCsrfToken(m.csrfToken);
        setGranted(m.account?.may ?? []);
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
      // The next account starts at its own home page, not at the page the last one left.
      navigate('/');
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
            {mayUse('caseload') && <Link href="/">Caseload</Link>}
            {mayUse('cases.list') && <Link href="/cases">Cases</Link>}
            {mayUse('case.create') && <Link href="/import">Import a docket</Link>}
            {mayUse('alerts.list') && <Link href="/monitoring">Monitoring</Link>}
            {mayUse('monitoring.metrics') && <Link href="/monitoring/metrics">Metrics</Link>}
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
            <Route path="/">{mayUse('caseload') ? <Caseload /> : <RoleHome roles={account.roles} />}</Route>
            <Route path="/cases">
              {mayUse('cases.list') ? <CaseList /> : <NotForRole roles={account.roles} />}
            </Route>
            <Route path="/import">
              {mayUse('case.create') ? <ImportPage /> : <NotForRole roles={account.roles} />}
            </Route>
            <Route path="/cases/:id">
              {(params) =>
                mayUse('case.read') ? <CasePage id={params.id} /> : <NotForRole roles={account.roles} />
              }
            </Route>
            <Route path="/monitoring">
              {mayUse('alerts.list') ? <AlertQueue /> : <NotForRole roles={account.roles} />}
            </Route>
            <Route path="/monitoring/metrics">
              {mayUse('monitoring.metrics') ? <MetricsPage /> : <NotForRole roles={account.roles} />}
            </Route>
            <Route path="/monitoring/people/:personId">
              {(params) =>
                mayUse('monitoring.person') ? (
                  <PersonPage personId={decodeURIComponent(params.personId)} />
                ) : (
                  <NotForRole roles={account.roles} />
                )
              }
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

type RoleList = { id: string; name: string }[];

/** A page this account's roles do not use: said plainly, instead of a request the server would refuse. */
function NotForRole({ roles }: { roles: RoleList }) {
  return (
    <p className="empty" data-testid="not-for-role">
      This page is not part of your role ({roles.map((r) => r.name).join(', ')}). <Link href="/">Home</Link>
    </p>
  );
}

/** The home page of a role without a caseload (auditor, administrator, vendor integration): what it is for. */
function RoleHome({ roles }: { roles: RoleList }) {
  const ids = new Set(roles.map((r) => r.id));
  return (
    <section className="card" data-testid="role-home">
      <h1>Signed in as {roles.map((r) => r.name).join(', ')}</h1>
      {ids.has('auditor') && (
        <p>
          The audit trail (every sign-in, read, change and refusal, hash-chained) is read through the API,{' '}
          <code>GET /api/v1/audit</code> (see <a href="/api/docs">the API docs</a>), and checked with{' '}
          <code>pretrial audit verify</code>.
        </p>
      )}
      {ids.has('admin') && (
        <p>
          Accounts are managed on the command line (<code>pretrial users …</code>) and through the API.{' '}
          {mayUse('monitoring.metrics') && (
            <Link href="/monitoring/metrics">Operating and triage figures</Link>
          )}
        </p>
      )}
      {ids.has('vendor') && (
        <p>
          A vendor integration sends device events to <code>POST /api/v1/monitoring/events</code> with its API
          token; it reads no case data.
        </p>
      )}
    </section>
  );
}
