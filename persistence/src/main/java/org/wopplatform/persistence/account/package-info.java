/**
 * Repositories of user accounts.
 */
@NullMarked
package org.wopplatform.persistence.account;

import org.jspecify.annotations.NullMarked;
