/**
 * User accounts and their data scope (role, regional platform, organisation).
 */
@NullMarked
package org.wopplatform.domain.account;

import org.jspecify.annotations.NullMarked;
