/**
 * The data version: a value that changes with every committed change to the platform's
 * data, for caches that must never serve what has changed since.
 */
@NullMarked
package org.wopplatform.persistence.version;

import org.jspecify.annotations.NullMarked;
