/**
 * Repositories of organisations.
 */
@NullMarked
package org.wopplatform.persistence.organisation;

import org.jspecify.annotations.NullMarked;
