package io.sirius.api.plugin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Put on a plugin's {@link TransactionPlugin} class: bnd writes the plugin's name and transaction types
 * into the bundle's manifest as a {@value #NAMESPACE} capability, so the shell and the kernel can see what
 * a bundle provides before, or without, starting it. The kernel rejects a plugin whose registration does
 * not match its capability.
 */
@Capability(namespace = SiriusPlugin.NAMESPACE)
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SiriusPlugin {
    /** The capability namespace. */
    String NAMESPACE = "io.sirius.plugin";
    /** The attribute holding the transaction types, as a list of {@code 0x4154} style strings. */
    String TYPES_ATTRIBUTE = "types";

    /** @return the plugin's name, the same as {@link TransactionPlugin#name()} */
    @Attribute(NAMESPACE)
    String value();

    /** @return the transaction types it registers, as hex strings such as {@code 0x4154} */
    @Attribute(TYPES_ATTRIBUTE)
    String[] types() default {};
}
