/** The property family's state change, exact in rollback. */
package io.sirius.plugin.property.internal.observers;
