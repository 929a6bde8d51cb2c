'use strict';
/** The HTML pages the build emits: the task pane, the ribbon's function file, the web page, the help page. */
const PAGES = ['taskpane.html', 'commands.html', 'index.html', 'help.html'];
module.exports = { PAGES };
