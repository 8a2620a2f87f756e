import { useEffect, useState } from 'react';
import { ApiError, authApi, type Me, setCsrfToken } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';

/**
 * Why a sign-in through the OpenID Connect provider was refused (the server's `?signin_error=` after it sends
 * the browser back). Fixed words for each reason: nothing from the address is shown but a subject, as text.
 */
function oidcRefusal(provider: string, error: string, subject: string | null) {
  switch (error) {
    case 'unknown_account':
      return (
        <>
          Your {provider} identity is not linked to an account here. Ask an administrator to link it
          {subject && /^[\x21-\x7e]{1,255}$/.test(subject) ? (
            <>
              {' '}
              (<code>pretrial users link &lt;username&gt; {subject}</code>)
            </>
          ) : null}
          .
        </>
      );
    case 'disabled':
      return <>Your account is disabled. Ask an administrator.</>;
    case 'demo':
      return <>Demo accounts sign in only while the server runs in demo mode.</>;
    case 'authentication':
      return (
        <>
          {provider} signed you in without the second factor this server requires. Sign in there with your
          second factor.
        </>
      );
    case 'expired':
      return <>The sign-in took too long, or was started in another browser or tab. Start again.</>;
    case 'provider':
      return <>{provider} did not sign you in (it was canceled or refused).</>;
    case 'unavailable':
      return <>{provider} cannot be reached just now. Try again later, or sign in with a password.</>;
    default:
      return <>{provider}’s answer could not be verified, so it was refused. Start again.</>;
  }
}

/** Where the provider sends the browser back to: the page it was on (without a refusal's parameters). */
function oidcLoginHref(): string {
  const here = new URL(window.location.href);
  here.searchParams.delete('signin_error');
  here.searchParams.delete('subject');
  const next = here.pathname + here.search;
  return `/api/v1/auth/oidc/login${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`;
}

/** Sign-in: password, then the second factor (enrollment by QR code the first time); or the OIDC provider. */
export function SignIn({ me, onDone }: { me: Me; onDone: () => void }) {
  const [refusal] = useState(() => {
    const q = new URLSearchParams(window.location.search);
    const error = q.get('signin_error');
    return error ? { error, subject: q.get('subject') } : null;
  });
  useEffect(() => {
    // The refusal is shown once; the address goes back to the page without it.
    if (!refusal) return;
    const here = new URL(window.location.href);
    here.searchParams.delete('signin_error');
    here.searchParams.delete('subject');
    window.history.replaceState(null, '', here.pathname + here.search + here.hash);
  }, [refusal]);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'verify' | 'enroll'>(me.pending ?? 'password');
  const [qr, setQr] = useState<{ qrCode: string; secret: string } | null>(null);
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const signIn = () =>
    run(async () => {
      const r = await authApi.login(username, password);
      setCsrfToken(r.csrfToken);
      setPassword('');
      if (r.pending === null) onDone();
      else setStep(r.pending);
    });
  const startEnroll = () =>
    run(async () => {
      const r = await authApi.enroll();
      setQr({ qrCode: r.qrCode, secret: r.secret });
    });
  const verify = () =>
    run(async () => {
      const r = await authApi.verify(code);
      setCode('');
      if (r.recoveryCodes.length > 0) setRecovery(r.recoveryCodes);
      else onDone();
    });

  return (
    <section className="signin" data-testid="signin">
      <h1>Sign in</h1>
      {error && (
        <div data-testid="signin-error">
          <ErrorBox error={error} />
          {error instanceof ApiError && error.status === 423 && (
            <p className="muted">The account is locked for now.</p>
          )}
        </div>
      )}
      {refusal && me.oidc && step === 'password' && (
        <div className="error-box" role="alert" data-testid="oidc-error">
          <strong>{oidcRefusal(me.oidc, refusal.error, refusal.subject)}</strong>
        </div>
      )}
      {me.oidc && step === 'password' && !recovery && (
        <p className="oidc-signin">
          <a className="button" href={oidcLoginHref()} data-testid="oidc-signin">
            Sign in with {me.oidc}
          </a>{' '}
          <span className="muted">or with a password:</span>
        </p>
      )}
      {recovery ? (
        <div data-testid="recovery-codes">
          <p>
            Your authenticator is enrolled. Keep these recovery codes somewhere safe: each signs you in once
            if you lose the authenticator. They are shown only now.
          </p>
          <ul className="codes">
            {recovery.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={onDone}>
            Continue
          </button>
        </div>
      ) : step === 'password' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void signIn();
          }}
        >
          <label>
            Username
            <input
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </label>
          <label>
            Password
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            Sign in
          </button>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void verify();
          }}
        >
          {step === 'enroll' && !qr && (
            <p>
              Your account needs a second factor. Enrol an authenticator app (any TOTP app).{' '}
              <button type="button" className="primary" onClick={() => void startEnroll()} disabled={busy}>
                Show the QR code
              </button>
            </p>
          )}
          {qr && (
            <div data-testid="mfa-qr">
              <p>Scan this code with your authenticator app, then type the 6-digit code it shows.</p>
              <img src={qr.qrCode} alt="QR code for the authenticator app" width={220} height={220} />
              <p className="muted">
                Or enter this key by hand: <code data-testid="mfa-secret">{qr.secret}</code>
              </p>
            </div>
          )}
          {(step === 'verify' || qr) && (
            <>
              <label>
                {step === 'verify' ? 'Code from your authenticator (or a recovery code)' : 'Code'}
                <input
                  name="code"
                  autoComplete="one-time-code"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </label>
              <button type="submit" className="primary" disabled={busy}>
                Verify
              </button>
            </>
          )}
        </form>
      )}
      {me.demo && me.demoAccounts.length > 0 && step === 'password' && (
        <div className="demo-accounts" data-testid="demo-accounts">
          <h2>Demo accounts</h2>
          <p className="muted">
            Demo mode: each account below has the password <code>demo</code> and needs no second factor. They
            see the fictional demo case as their role allows.
          </p>
          <table className="grid">
            <tbody>
              {me.demoAccounts.map((a) => (
                <tr key={a.username}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        setUsername(a.username);
                        setPassword(a.password);
                      }}
                    >
                      {a.username}
                    </button>
                  </td>
                  <td>{a.role}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
