/**
 * The WPS 加载项's entry (index.html, which WPS loads hidden when it starts): the callbacks ribbon.xml names.
 * The button opens the task pane, or shows and hides it once it exists; the pane's id is kept in the add-in's
 * PluginStorage so that every window of WPS finds the same pane.
 */
/// <reference types="wps-jsapi" />

const PANE_KEY = 'juesuan.taskpane';

interface RibbonControl {
  readonly Id: string;
}

interface TaskPane {
  readonly ID: number;
  Visible: boolean;
}

interface WpsRibbonApi {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane | null;
  readonly PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string | number | boolean): void };
}

function api(): WpsRibbonApi {
  // The ribbon's page gets the running WPS as window.Application (the wps-jsapi `wps` namespace has the same calls).
  return (globalThis as unknown as { Application: WpsRibbonApi }).Application;
}

/** The task pane's page, next to this one whatever the add-in's address (a server or the 离线 folder). */
export function paneUrl(here: string): string {
  return new URL('taskpane.html', here).href;
}

function togglePane(): void {
  const app = api();
  const id = Number(app.PluginStorage.getItem(PANE_KEY));
  const existing = id ? app.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = app.CreateTaskPane(paneUrl(window.location.href), '决算公开助手');
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

export const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: RibbonControl): boolean {
    if (control.Id === 'JueSuanOpenPane') togglePane();
    return true;
  },
  GetImage(control: RibbonControl): string {
    return control.Id === 'JueSuanOpenPane' ? 'images/icon-32.png' : '';
  },
};

// ribbon.xml calls these by name on the page's window.
Object.assign(window, ribbon);
