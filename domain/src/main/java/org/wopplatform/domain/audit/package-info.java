/**
 * Audit events: who changed what, when, with old and new values.
 */
@NullMarked
package org.wopplatform.domain.audit;

import org.jspecify.annotations.NullMarked;
