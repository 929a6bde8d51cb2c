/** The ribbon's function file. The only command opens the task pane (declared in manifest.xml). */
Office.onReady(() => undefined);
