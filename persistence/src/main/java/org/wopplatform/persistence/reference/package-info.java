/**
 * Repositories of reference lists.
 */
@NullMarked
package org.wopplatform.persistence.reference;

import org.jspecify.annotations.NullMarked;
