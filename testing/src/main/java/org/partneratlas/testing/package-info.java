/**
 * Test support for code that uses Partner Atlas: QuickTheories generators of valid values and
 * atlases ({@link org.partneratlas.testing.AtlasGenerators}) and the atlas of Brest Métropole's
 * founding slides built in code ({@link org.partneratlas.testing.SeedAtlas}).
 *
 * <p>Every generated value is built through the public factories and builders of the core module,
 * from a seed, so that a failing property names the seed that reproduces it. Depend on this module
 * in test scope only.
 */
@NullMarked
@CheckReturnValue
package org.partneratlas.testing;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
