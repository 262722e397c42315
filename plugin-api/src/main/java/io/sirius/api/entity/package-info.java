/**
 * The entity layer of the Sirius wire format: the 122-byte transaction header, the 42-byte embedded
 * header, aggregates with their cosignatures (96-byte V1, 97-byte V2), detached cosignatures, block headers
 * (302 bytes for v3, 322 for v4 and later) and whole blocks, with the entity type codes of the plugins.
 *
 * <p>Every record has an exact binary form: decoding then encoding gives back the same bytes. Decoders take
 * untrusted input: they check every size field against the bytes actually present before slicing or
 * allocating, and report truncation, size mismatches, unknown types and impossible counts as a
 * {@link io.sirius.api.codec.DecodeException} naming the field and offset. Transaction bodies stay
 * undecoded bytes here; the plugin owning the type decodes them. Hashing and signing are not done here
 * but by the crypto bundle ({@code io.sirius.crypto}).
 */
@Version("1.1.0")
package io.sirius.api.entity;

import org.osgi.annotation.versioning.Version;
