/** The property section of the network config. */
package io.sirius.plugin.property.internal.config;
