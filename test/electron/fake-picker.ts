// A stand-in for Electron's dialog.showOpenDialog that answers as told and records its calls
// (the photo and export glue both open native pickers).

export function fakePicker(answer: { canceled: boolean; filePaths: string[] }): {
  calls: unknown[][];
  dialog: { showOpenDialog: (...args: unknown[]) => Promise<typeof answer> };
} {
  const calls: unknown[][] = [];
  return {
    calls,
    dialog: {
      showOpenDialog: async (...args: unknown[]) => {
        calls.push(args);
        return answer;
      },
    },
  };
}
