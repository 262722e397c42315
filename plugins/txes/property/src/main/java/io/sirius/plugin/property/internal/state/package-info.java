/** The byte forms of the Property cache's keys and entries. */
package io.sirius.plugin.property.internal.state;
