/**
 * Repositories and read models of results frameworks and progress reports; only approved
 * values are ever read as figures.
 */
@NullMarked
package org.wopplatform.persistence.progress;

import org.jspecify.annotations.NullMarked;
