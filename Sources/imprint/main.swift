import CLI

ImprintCommand.main()
