/**
 * The application's entry point; each module has its own sub-package.
 */
@NullMarked
package org.wopplatform;

import org.jspecify.annotations.NullMarked;
