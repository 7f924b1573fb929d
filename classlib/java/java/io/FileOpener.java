package java.io;

import crema.vm.FileSystem;

/** Opens files for the java.io streams, failing as HotSpot does ("name (reason)"). */
final class FileOpener {
    private FileOpener() {
    }

    static int open(String name, int mode) throws FileNotFoundException {
        if (name.indexOf('\u0000') >= 0) {
            throw new FileNotFoundException("Invalid file path");
        }
        int d = FileSystem.open(name, mode);
        if (d < 0) {
            throw new FileNotFoundException(name + " (" + FileSystem.lastError() + ")");
        }
        if ((FileSystem.attributes(name) & FileSystem.DIRECTORY) != 0) {
            FileSystem.close(d);
            throw new FileNotFoundException(name + " (Is a directory)");
        }
        return d;
    }
}
