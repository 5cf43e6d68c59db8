import CLI
import Foundation

// A file-size limit (RLIMIT_FSIZE, `ulimit -f`) kills a process that writes past it with
// SIGXFSZ unless the signal is ignored; ignored, the write fails with EFBIG and the build or
// report names the file and keeps the previous one, as on a full disk.
signal(SIGXFSZ, SIG_IGN)
ImprintCommand.main()
