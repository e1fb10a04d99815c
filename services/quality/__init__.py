"""Quality: scores and marks every conversation; it filters nothing by itself."""
