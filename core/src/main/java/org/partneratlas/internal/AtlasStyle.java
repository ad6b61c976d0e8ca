package org.partneratlas.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of Partner Atlas: the "sandwich" pattern, in
 * which each abstract value type declares a nested {@code Builder} that extends the generated one,
 * so that users never name a generated {@code Immutable*} class. A value type that declares {@code
 * public abstract Builder toBuilder()} has it implemented by the generated class, as {@code new
 * Builder().from(this)}.
 *
 * <p>Source retention only: it leaves no trace in the compiled classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    typeImmutable = "Immutable*",
    toBuilder = "toBuilder")
public @interface AtlasStyle {}
