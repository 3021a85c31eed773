/**
 * Who is reading: sign-in with accounts in PostgreSQL, lockout after repeated failures,
 * security headers, and the {@link org.wopplatform.web.security.Viewer} that turns the
 * signed-in person (or the public) into the data scope every query applies.
 */
@NullMarked
package org.wopplatform.web.security;

import org.jspecify.annotations.NullMarked;
