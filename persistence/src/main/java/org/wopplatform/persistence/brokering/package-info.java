/**
 * Repositories and read models of brokering: support requests, mentor offers, matches,
 * the candidates of a request gathered in one statement, the brokering board, match
 * weights and notifications.
 */
@NullMarked
package org.wopplatform.persistence.brokering;

import org.jspecify.annotations.NullMarked;
