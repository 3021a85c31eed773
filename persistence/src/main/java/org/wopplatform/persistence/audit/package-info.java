/**
 * Repositories of audit events.
 */
@NullMarked
package org.wopplatform.persistence.audit;

import org.jspecify.annotations.NullMarked;
