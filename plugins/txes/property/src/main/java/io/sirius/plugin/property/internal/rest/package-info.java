/** The property plugin's REST routes and transaction JSON, as js-xpx-chain-rest serves them. */
package io.sirius.plugin.property.internal.rest;
