/**
 * A stand-in for the parts of the 'electron' module main.ts uses, recording what main does with them. The real
 * binary cannot run on our build machines; this lets main's wiring run in plain Node against the real backend.
 */
import type { IpcEventLike } from '../../electron/ipc/register-ipc';

type Listener = (...args: unknown[]) => void;
type InvokeHandler = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: { channel: string; message: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;

  constructor(readonly id: number) {
    super();
  }

  send(channel: string, message: unknown): void {
    this.sent.push({ channel, message });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeWindowOptions {
  webPreferences?: Record<string, unknown>;
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents: FakeWebContents;
  readonly loaded: string[] = [];
  focused = 0;
  minimized = false;

  constructor(
    readonly options: FakeWindowOptions,
    webContentsId: number,
  ) {
    super();
    this.webContents = new FakeWebContents(webContentsId);
  }

  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }

  show(): void {}
  isVisible(): boolean {
    return true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused++;
  }
}

export interface FakeElectronOptions {
  userData: string;
  appPath: string;
  singleInstance?: boolean;
}

/** One app start: every call main makes is recorded in `log` in order, and the handlers it installs are kept. */
export class FakeElectron {
  readonly log: string[] = [];
  readonly app = new FakeEmitter();
  readonly privilegedSchemes: unknown[] = [];
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly ipcHandlers = new Map<string, InvokeHandler>();
  readonly dialogs: Record<string, unknown>[] = [];
  readonly opened: string[] = [];
  readonly windows: FakeBrowserWindow[] = [];
  readonly exits: number[] = [];
  quits = 0;
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((wc: unknown, permission: string) => boolean) | null = null;

  constructor(private readonly options: FakeElectronOptions) {}

  private moduleObject: Record<string, unknown> | null = null;

  /** The module object handed to main.ts in place of 'electron'. */
  module(): Record<string, unknown> {
    this.moduleObject ??= this.createModule();
    return this.moduleObject;
  }

  private createModule(): Record<string, unknown> {
    const record = (entry: string) => this.log.push(entry);
    const app = Object.assign(this.app, {
      requestSingleInstanceLock: () => (record('requestSingleInstanceLock'), this.options.singleInstance ?? true),
      whenReady: () => (record('whenReady'), Promise.resolve()),
      getPath: (name: string) => (name === 'userData' ? this.options.userData : `/fake/${name}`),
      getAppPath: () => this.options.appPath,
      isPackaged: false,
      setAppUserModelId: (id: string) => record(`setAppUserModelId ${id}`),
      quit: () => {
        record('quit');
        this.quits++;
      },
      exit: (code: number) => {
        record(`exit ${code}`);
        this.exits.push(code);
      },
      dock: undefined,
    });
    const windows = this.windows;
    return {
      app,
      // Called with `new` by main; returning an object from a constructor function makes that the instance.
      BrowserWindow: function BrowserWindow(options: FakeWindowOptions) {
        const window = new FakeBrowserWindow(options, 100 + windows.length);
        windows.push(window);
        return window;
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => {
          record('registerSchemesAsPrivileged');
          this.privilegedSchemes.push(...schemes);
        },
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          record(`protocol.handle ${scheme}`);
          this.protocolHandlers.set(scheme, handler);
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: FakeElectron['permissionRequest']) => {
            this.permissionRequest = handler;
          },
          setPermissionCheckHandler: (handler: FakeElectron['permissionCheck']) => {
            this.permissionCheck = handler;
          },
        },
      },
      ipcMain: {
        handle: (channel: string, handler: InvokeHandler) => {
          record(`ipcMain.handle ${channel}`);
          this.ipcHandlers.set(channel, handler);
        },
        removeHandler: (channel: string) => {
          record(`ipcMain.removeHandler ${channel}`);
          this.ipcHandlers.delete(channel);
        },
      },
      shell: {
        openExternal: (url: string) => {
          this.opened.push(url);
          return Promise.resolve();
        },
      },
      dialog: {
        showMessageBox: (options: Record<string, unknown>) => {
          record('dialog.showMessageBox');
          this.dialogs.push(options);
          return Promise.resolve({ response: 0 });
        },
        showErrorBox: (title: string, content: string) => {
          record('dialog.showErrorBox');
          this.dialogs.push({ title, content });
        },
      },
    };
  }

  /** Calls main's IPC handler as a message from `webContentsId`'s top frame at `url` would. */
  invoke(webContentsId: number, url: string, request: unknown): Promise<unknown> {
    const handler = [...this.ipcHandlers.values()][0];
    if (!handler) throw new Error('no IPC handler registered');
    return handler({ sender: { id: webContentsId }, senderFrame: { url, parent: null } }, request);
  }
}

/**
 * What `vi.mock('electron', ...)` returns: Vitest keeps a mocked module across vi.resetModules, so every export
 * forwards to the fake of the test that is running at the moment it is used.
 */
export function delegatingElectronModule(current: () => FakeElectron | null): Record<string, unknown> {
  const fake = (): FakeElectron => {
    const electron = current();
    if (!electron) throw new Error('set the current FakeElectron before importing main');
    return electron;
  };
  const names = ['app', 'protocol', 'session', 'ipcMain', 'shell', 'dialog'];
  const delegates = Object.fromEntries(
    names.map((name) => [
      name,
      new Proxy({}, { get: (_target, key): unknown => Reflect.get(fake().module()[name] as object, key) }),
    ]),
  );
  const BrowserWindow = new Proxy(function () {}, {
    construct: (_target, args: unknown[]): object =>
      Reflect.construct(fake().module().BrowserWindow as () => object, args) as object,
  });
  return { ...delegates, BrowserWindow };
}
