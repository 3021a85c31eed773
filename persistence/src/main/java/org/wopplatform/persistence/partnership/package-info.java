/**
 * Repositories and read models of partnerships: list rows for pages, detail loading.
 */
@NullMarked
package org.wopplatform.persistence.partnership;

import org.jspecify.annotations.NullMarked;
