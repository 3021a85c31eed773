/**
 * End-to-end walks in a real headless Chromium against the running application, with
 * every page checked by the Nu HTML checker and axe-core and photographed under
 * target/screenshots.
 */
@NullMarked
package org.wopplatform.web.browser;

import org.jspecify.annotations.NullMarked;
