package org.froissart.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How stable a public type is: plugin authors may rely on STABLE types across minor versions. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Api {
    Status value();

    enum Status {
        /** Only grows through default methods; never changes incompatibly within a major version. */
        STABLE,
        /** May change in a minor version; feedback welcome. */
        EXPERIMENTAL,
        /** Not for plugins. */
        INTERNAL
    }
}
