/**
 * The secretariat's administration of accounts: create, set role and scope, disable, and
 * hand out one-time links to set a password; plus the public page where such a link is
 * used.
 */
@NullMarked
package org.wopplatform.web.admin;

import org.jspecify.annotations.NullMarked;
