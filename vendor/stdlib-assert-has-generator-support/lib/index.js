"use strict";

// Same API as @stdlib/assert-has-generator-support@0.2.3, without its eval() probe: under our
// Content-Security-Policy (no 'unsafe-eval') the probe is a CSP violation, and it would make
// @stdlib's series and continued-fraction helpers take their fallback path in browsers only.
// Generators are supported by every engine we serve (ES2015+).
module.exports = function hasGeneratorSupport() {
  return true;
};
