package io.sirius.plugin.metadata.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.metadata.model.MetadataTypes;

/**
 * Every result code of the metadata_v2 family (facility 0x3F): codes 1 to 6 numbered and named as Sirius's
 * {@code Results.h} does, and one code of this node's (100 on, as other families here number their own) for the rule
 * aggregates will express as a required cosignature.
 */
public enum MetadataResults implements FamilyFailure {
    /** The value size is zero. */
    VALUE_TOO_SMALL(1, "the value size is zero"),
    /** The value size exceeds maxValueSize. */
    VALUE_TOO_LARGE(2, "the value size is larger than maxValueSize"),
    /** The value size delta is larger in magnitude than the value size. */
    VALUE_SIZE_DELTA_TOO_LARGE(3, "the value size delta is larger in magnitude than the value size"),
    /** The sizes do not match the stored value. */
    VALUE_SIZE_DELTA_MISMATCH(4, "the value sizes do not match the stored value"),
    /** The change could not be undone from the transaction's own bytes. */
    VALUE_CHANGE_IRREVERSIBLE(5, "the change could not be undone from the transaction alone"),
    /** An extended form tries to change an immutable value. */
    VALUE_IS_IMMUTABLE(6, "the value is immutable"),
    /** Metadata about an account, or its mosaic or namespace, set without that account's approval (sirius-osgi). */
    TARGET_APPROVAL_REQUIRED(100, "the target key must approve the metadata: sign it, or cosign the aggregate");

    private final Definition definition;

    MetadataResults(int code, String reason) {
        definition = new Definition(MetadataTypes.FACILITY, "Metadata_v2", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
