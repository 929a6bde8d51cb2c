/** Entry of index.html: the pane beside a workbook opened from disk, or the bundled sample by default. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { WebApp } from './WebApp';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <WebApp />
  </FluentProvider>,
);
