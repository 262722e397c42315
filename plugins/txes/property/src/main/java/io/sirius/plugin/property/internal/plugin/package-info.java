/** The property plugin's entry point, the three kinds of property values, the codec and the handler. */
package io.sirius.plugin.property.internal.plugin;
