package dev.ducky.query.translate.recipes;

import dev.ducky.query.translate.Question;
import dev.ducky.query.translate.Selector;
import java.util.List;

/** What a storage question is about: host filesystem space, inodes, or Kubernetes persistent volumes. */
enum StorageKind {
    FILESYSTEM("node_filesystem_avail_bytes", "node_filesystem_size_bytes", "free space"),
    INODES("node_filesystem_files_free", "node_filesystem_files", "free inodes"),
    VOLUME("kubelet_volume_stats_available_bytes", "kubelet_volume_stats_capacity_bytes", "free space on the volume"),
    VOLUME_INODES("kubelet_volume_stats_inodes_free", "kubelet_volume_stats_inodes", "free inodes on the volume"),
    CONTAINER_INODES("container_fs_inodes_free", "container_fs_inodes_total", "free inodes of the container filesystem");

    /** Pseudo-filesystems that are never "full" in a way that matters. */
    static final Selector.Match REAL_FILESYSTEMS = Selector.Match.notRe("fstype", "tmpfs|overlay|squashfs|nsfs|ramfs");

    final String free;
    final String total;
    final String what;

    StorageKind(String free, String total, String what) {
        this.free = free;
        this.total = total;
        this.what = what;
    }

    static StorageKind of(Question q) {
        boolean inodes = q.says("\\binodes?\\b");
        if (q.says("\\b(pvcs?|persistent ?volumes?|volumes?|claims?|persistentvolumeclaims?)\\b")) {
            return inodes ? VOLUME_INODES : VOLUME;
        }
        if (inodes) {
            return q.says("\\bcontainers?\\b") ? CONTAINER_INODES : INODES;
        }
        return FILESYSTEM;
    }

    /** The matchers every query of this kind carries. */
    List<Selector.Match> base() {
        return this == FILESYSTEM || this == INODES ? List.of(REAL_FILESYSTEMS) : List.of();
    }
}
