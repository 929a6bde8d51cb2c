'use strict';
/**
 * The production manifest: every dev URL (package.json config.urlDev) replaced by the production URL
 * (config.urlProd, or --env urlProd=… for the build), and the dev origin in AppDomains by the production
 * origin. Used by webpack.config.js and by the offline manifest test.
 */
function productionManifest(xml, urlDev, urlProd) {
  const devOrigin = new URL(urlDev).origin;
  const prodOrigin = new URL(urlProd).origin;
  return xml.split(urlDev).join(urlProd).split(`<AppDomain>${devOrigin}</AppDomain>`).join(`<AppDomain>${prodOrigin}</AppDomain>`);
}

module.exports = { productionManifest };
