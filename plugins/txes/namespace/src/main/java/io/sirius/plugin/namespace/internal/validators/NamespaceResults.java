package io.sirius.plugin.namespace.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * Every result code of the namespace family (facility 0x4E). Codes 1 to 200 are Sirius's names and numbers
 * ({@code plugins/txes/namespace/src/validators/Results.h}), all of them, including the few no rule of this node
 * returns (ID_MISMATCH, ALREADY_ACTIVE), so that a status code means the same on either node. Codes from 300 on are
 * this node's: ALIAS_MOSAIC_*. Sirius answers a mosaic alias of a missing, expired or foreign mosaic with the mosaic
 * family's {@code Failure_Mosaic_Expired} / {@code Failure_Mosaic_Owner_Conflict}; a plugin returns its own facility's
 * codes, so these say the same under the namespace facility, and tell a missing mosaic from an expired one.
 */
public enum NamespaceResults implements FamilyFailure {
    /** The duration is out of range (too long, overflowing, or eternal where that is not allowed). */
    INVALID_DURATION(1, "the duration is too long, overflows, or is eternal where that is not allowed"),
    /** The name is too long or has a character Sirius does not allow. */
    INVALID_NAME(2, "the name is longer than maxNameSize or has characters other than a-z, 0-9, - and _"),
    /** The namespace id is not the one derived from the parent and the name. */
    NAME_ID_MISMATCH(3, "the namespace id is not derived from the parent id and the name"),
    /** The namespace, or its root, has expired. */
    EXPIRED(4, "the namespace has expired"),
    /** The namespace belongs to another account. */
    OWNER_CONFLICT(5, "the namespace belongs to another account"),
    /** The id does not match (Sirius declares it; no rule here returns it). */
    ID_MISMATCH(6, "the id does not match the expected id"),
    /** The namespace plugin's config section is malformed. */
    PLUGIN_CONFIG_MALFORMED(7, "the namespace plugin's config section is malformed"),
    /** The namespace type is neither root (0) nor child (1). */
    INVALID_NAMESPACE_TYPE(100, "the namespace type is neither root (0) nor child (1)"),
    /** The root name is reserved for the network. */
    ROOT_NAME_RESERVED(101, "the root name is reserved for the network"),
    /** The namespace would be deeper than three levels. */
    TOO_DEEP(102, "a namespace has at most three levels"),
    /** The parent namespace does not exist. */
    PARENT_UNKNOWN(103, "the parent namespace does not exist"),
    /** The namespace exists already. */
    ALREADY_EXISTS(150, "the namespace exists already"),
    /** The namespace is already active (Sirius declares it; no rule here returns it). */
    ALREADY_ACTIVE(151, "the namespace is already active"),
    /** An eternal namespace after the nemesis block, not by the network. */
    ETERNAL_AFTER_NEMESIS_BLOCK(152, "only the network may register an eternal namespace after the nemesis block"),
    /** The root has as many children as maxChildNamespaces allows. */
    MAX_CHILDREN_EXCEEDED(153, "the root has maxChildNamespaces children already"),
    /** The alias action is neither link (0) nor unlink (1). */
    ALIAS_INVALID_ACTION(170, "the alias action is neither link (0) nor unlink (1)"),
    /** The namespace to alias does not exist. */
    ALIAS_NAMESPACE_UNKNOWN(171, "the namespace to alias does not exist"),
    /** The namespace has an alias already. */
    ALIAS_ALREADY_EXISTS(172, "the namespace has an alias already"),
    /** The namespace has no alias to unlink. */
    ALIAS_DOES_NOT_EXIST(173, "the namespace has no alias to unlink"),
    /** The namespace to alias belongs to another account. */
    ALIAS_OWNER_CONFLICT(174, "the namespace to alias belongs to another account"),
    /** The alias to unlink is of the other kind. */
    ALIAS_UNLINK_TYPE_INCONSISTENCY(175, "the alias to unlink is not of the kind the transaction names"),
    /** The alias to unlink names something else. */
    ALIAS_UNLINK_DATA_INCONSISTENCY(176, "the alias to unlink names another address or mosaic"),
    /** The address to alias is not a known account. */
    ALIAS_INVALID_ADDRESS(177, "the address to alias is not a known account of this network"),
    /** A namespace another family requires does not exist (NamespaceRequiredValidator). */
    UNKNOWN(200, "the namespace is unknown"),
    /** The mosaic to alias does not exist (sirius-osgi). */
    ALIAS_MOSAIC_UNKNOWN(300, "the mosaic to alias does not exist"),
    /** The mosaic to alias has expired (sirius-osgi). */
    ALIAS_MOSAIC_EXPIRED(301, "the mosaic to alias has expired"),
    /** The mosaic to alias belongs to another account (sirius-osgi). */
    ALIAS_MOSAIC_OWNER_CONFLICT(302, "the mosaic to alias belongs to another account");

    private final Definition definition;

    NamespaceResults(int code, String reason) {
        definition = new Definition(NamespaceTypes.FACILITY, "Namespace", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
