// The `participatie` executable: everything it does is in ParticipatieCommands.
import ParticipatieCommands

await ParticipatieCommand.runAsMain()
