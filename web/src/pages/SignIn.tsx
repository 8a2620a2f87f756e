import { useState } from 'react';
import { ApiError, authApi, type Me, setCsrfToken } from '../api.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';

/** Sign-in: password, then the second factor (enrolment by QR code the first time). */
export function SignIn({ me, onDone }: { me: Me; onDone: () => void }) {
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
