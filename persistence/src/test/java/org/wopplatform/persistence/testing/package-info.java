/**
 * Test support shared by the modules' tests: the one PostgreSQL of a test JVM.
 */
@NullMarked
package org.wopplatform.persistence.testing;

import org.jspecify.annotations.NullMarked;
