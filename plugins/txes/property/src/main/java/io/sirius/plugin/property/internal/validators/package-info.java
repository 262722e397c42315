/** The property family's rules, one class per Sirius validator (one instance per kind of value), and its results. */
package io.sirius.plugin.property.internal.validators;
