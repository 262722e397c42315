/**
 * Little-endian binary reading and writing for the Sirius wire format.
 *
 * <p>{@link io.sirius.api.codec.BinaryReader} is built for untrusted input: every read is bounds
 * checked and every count read from the wire can be checked against the bytes that remain before
 * anything is allocated, so a lying size field yields a {@link io.sirius.api.codec.DecodeException},
 * never an {@code OutOfMemoryError}.
 */
@Version("1.0.0")
package io.sirius.api.codec;

import org.osgi.annotation.versioning.Version;
